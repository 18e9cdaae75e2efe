package th.go.ita.measuretracker.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The files the embedded default loads at start-up (plans/*.yaml, assessments/*.yaml), in name order. */
public final class DemoFiles {

	private DemoFiles() {
	}

	/** @param each gets the file's name and its UTF-8 text */
	public static void each(String pattern, BiConsumer<String, String> each) throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources(pattern);
		java.util.Arrays.sort(files, java.util.Comparator.comparing(Resource::getFilename));
		for (Resource file : files) {
			each.accept(file.getFilename(), file.getContentAsString(StandardCharsets.UTF_8));
		}
	}
}
