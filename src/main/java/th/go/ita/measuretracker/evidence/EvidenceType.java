package th.go.ita.measuretracker.evidence;

import java.util.List;
import java.util.Locale;

/** The kinds of file an office may attach as evidence, each known by its content, never by its name alone. */
public enum EvidenceType {

	PDF("application/pdf", "pdf"),
	JPEG("image/jpeg", "jpg", "jpeg"),
	PNG("image/png", "png"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	private final String mediaType;
	private final List<String> extensions;

	EvidenceType(String mediaType, String... extensions) {
		this.mediaType = mediaType;
		this.extensions = List.of(extensions);
	}

	public String mediaType() {
		return mediaType;
	}

	public boolean isImage() {
		return this == JPEG || this == PNG;
	}

	/** Whether a file called {@code fileName} says it is of this type (so it opens as what it is once saved). */
	boolean named(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	String extensions() {
		return String.join(", ", extensions.stream().map(e -> "." + e).toList());
	}

	static EvidenceType ofMediaType(String mediaType) {
		for (EvidenceType type : values()) {
			if (type.mediaType.equals(mediaType)) {
				return type;
			}
		}
		throw new IllegalArgumentException("not an evidence type: " + mediaType);
	}
}
