package th.go.ita.measuretracker.document;

import java.util.Locale;

import org.springframework.http.MediaType;

/** The two files of every document version. */
enum FileFormat {

	DOCX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
	PDF(MediaType.APPLICATION_PDF);

	final MediaType mediaType;

	FileFormat(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	/** The table column its bytes are stored in (a fixed name, never the request's text). */
	String column() {
		return this == DOCX ? "docx" : "pdf";
	}

	String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @throws IllegalArgumentException naming the formats there are */
	static FileFormat of(String format) {
		for (FileFormat candidate : values()) {
			if (candidate.name().equalsIgnoreCase(format)) {
				return candidate;
			}
		}
		throw new IllegalArgumentException("format ต้องเป็น docx หรือ pdf");
	}
}
