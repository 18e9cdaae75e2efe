package th.go.ita.measuretracker.publication;

import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import th.go.ita.measuretracker.document.PublicOffice;

/**
 * Anyone may read (security/SecurityConfig opens GET /public/** and nothing else); what does not exist, or is not
 * public, is the same 404.
 */
@Controller
@RequiredArgsConstructor
class PublicPageController {

	private static final Pattern OFFICE_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,31}");
	private static final Pattern FORMAT = Pattern.compile("pdf|docx");

	private final PublicOffice offices;

	@GetMapping("/public/{officeCode}/{fiscalYear}")
	String year(@PathVariable String officeCode, @PathVariable String fiscalYear, Model model) {
		model.addAttribute("office", offices.year(checked(officeCode), year(fiscalYear)).orElseThrow(PublicPageController::notFound));
		return "publication/office-year";
	}

	@GetMapping("/public/{officeCode}/{fiscalYear}/documents/{id}.{format}")
	ResponseEntity<byte[]> document(@PathVariable String officeCode, @PathVariable String fiscalYear, @PathVariable long id,
			@PathVariable String format) {
		if (!FORMAT.matcher(format).matches()) {
			throw notFound();
		}
		byte[] file = offices.approvedFile(checked(officeCode), year(fiscalYear), id, format).orElseThrow(PublicPageController::notFound);
		return ResponseEntity.ok()
			.contentType(format.equals("pdf") ? MediaType.APPLICATION_PDF
					: MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename(officeCode + "-" + fiscalYear + "-" + id + "." + format)
				.build()
				.toString())
			// an approved version never changes
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(30)).cachePublic())
			.body(file);
	}

	private static String checked(String officeCode) {
		if (!OFFICE_CODE.matcher(officeCode).matches()) {
			throw notFound();
		}
		return officeCode;
	}

	private static int year(String fiscalYear) {
		if (!fiscalYear.matches("2[4-8][0-9]{2}")) {
			throw notFound();
		}
		return Integer.parseInt(fiscalYear);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
