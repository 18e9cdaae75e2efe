package th.go.ita.measuretracker.evidence;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A small PNG of a photo for the lists. The photo is decoded with every n-th pixel only (source subsampling), so a
 * 10 MB, 8000-pixel photo costs a few hundred kilobytes of memory, not its full raster; a picture claiming more than
 * {@link #MAX_PIXELS} gets no thumbnail at all.
 */
final class Thumbnails {

	static final int SIZE = 160;
	static final long MAX_PIXELS = 100_000_000L;

	private Thumbnails() {
	}

	/** @return whether a thumbnail was written; {@code false} for a picture Java cannot read or too large to try */
	static boolean write(InputStream photo, OutputStream out) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(photo)) {
			Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
			if (readers == null || !readers.hasNext()) {
				return false;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if ((long) width * height > MAX_PIXELS) {
					return false;
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int every = Math.max(1, Math.max(width, height) / (2 * SIZE));
				param.setSourceSubsampling(every, every, 0, 0);
				BufferedImage sampled = reader.read(0, param);
				ImageIO.write(scaled(sampled), "png", out);
				return true;
			}
			catch (IOException | RuntimeException damaged) {
				// a photo whose header passed the content check but whose pixels Java cannot decode: no thumbnail
				return false;
			}
			finally {
				reader.dispose();
			}
		}
	}

	private static BufferedImage scaled(BufferedImage image) {
		double factor = Math.min(1.0, (double) SIZE / Math.max(image.getWidth(), image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
		BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = small.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.drawImage(image, 0, 0, width, height, null);
		g.dispose();
		return small;
	}
}
