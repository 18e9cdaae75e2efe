package th.go.ita.measuretracker.document;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import th.go.ita.measuretracker.typeset.ThaiPdf;

/** A document's content set as both files an office publishes: DOCX to edit, PDF to post. */
@Component
@RequiredArgsConstructor
class DocumentFiles {

	private final DocxWriter docx;
	private final ThaiPdf pdf;

	record Files(byte[] docx, byte[] pdf) {
	}

	Files write(DocumentContent content) {
		return new Files(docx.write(content), pdf.print("document/document", Map.of("content", content)));
	}
}
