package th.go.ita.measuretracker.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import lombok.RequiredArgsConstructor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.ita.measuretracker.fiscal.FiscalYear;
import th.go.ita.measuretracker.fiscal.OfficeTime;
import th.go.ita.measuretracker.intake.RejectedFileException;
import th.go.ita.measuretracker.intake.UploadedText;
import th.go.ita.measuretracker.plan.PlanImportService.Amendment;
import th.go.ita.measuretracker.security.Viewer;

/**
 * The plans page: admins upload a plan (YAML or XLSX), see what it would change and confirm it with a reason;
 * managers read the plans, their versions and download them. The file between preview and confirmation stays in
 * the admin's session (never in the form, where it could be swapped), and the confirmation names the version the
 * preview was made against, so a plan changed meanwhile is not amended blindly. An upload's errors are shown as the
 * import made them, in the page's language (fiscal/Wording), each with its line or row and field.
 */
@Controller
@RequiredArgsConstructor
class PlansPageController {

	static final String VIEW = "plans/plans";
	private static final String UPLOAD = PlansPageController.class.getName() + ".upload";
	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final PlanImportService importer;
	private final PlanFiles files;
	private final PlanHistory history;
	private final YearEnd yearEnd;
	private final SecureRandom random = new SecureRandom();

	/** An upload waiting for its confirmation. */
	private record Upload(String token, String fileName, byte[] content) implements java.io.Serializable {

		boolean isWorkbook() {
			return fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
		}
	}

	@GetMapping("/plans")
	String page(@RequestParam(required = false) Integer fiscalYear, Authentication user, Model model) {
		return show(fiscalYear, user, model);
	}

	@PostMapping("/plans/preview")
	String preview(@RequestParam("file") MultipartFile file, Authentication user, HttpSession session, Model model)
			throws IOException {
		String name = file.getOriginalFilename() == null ? "plan.yaml" : file.getOriginalFilename();
		try {
			// checked before reading: the server's multipart limit is the evidence files' (10 MB), and this waits in the session
			UploadedText.ensureWithinLimit(file.getSize());
			byte[] token = new byte[16];
			random.nextBytes(token);
			Upload upload = new Upload(HexFormat.of().formatHex(token), name, file.getBytes());
			String page = preview(upload, user, model);
			session.setAttribute(UPLOAD, upload);
			return page;
		}
		catch (RejectedFileException rejected) {
			session.removeAttribute(UPLOAD);
			model.addAttribute("errors", rejected.errors());
			model.addAttribute("fileName", name);
			return show(null, user, model);
		}
	}

	@PostMapping("/plans/confirm")
	String confirm(@RequestParam String upload, @RequestParam(required = false) String amendmentReason,
			@RequestParam int baseVersion, Authentication user, HttpSession session, Model model,
			RedirectAttributes redirect) {
		Object waiting = session.getAttribute(UPLOAD);
		if (!(waiting instanceof Upload file) || !file.token().equals(upload)) {
			model.addAttribute("problem", "plans.uploadExpired");
			return show(null, user, model);
		}
		Amendment amendment = new Amendment(amendmentReason, baseVersion);
		try {
			ImportResult result = file.isWorkbook() ? importer.importXlsx(file.content(), user.getName(), amendment)
					: importer.importYaml(UploadedText.decode(file.content()), user.getName(), amendment);
			session.removeAttribute(UPLOAD);
			redirect.addFlashAttribute("done", result);
			return "redirect:/plans?fiscalYear=" + result.fiscalYear();
		}
		catch (PlanAmendmentRequiredException changed) {
			model.addAttribute("problem", amendment.reason() == null ? "plans.reasonRequired" : "plans.changedSincePreview");
			return preview(file, user, model);
		}
		catch (RejectedFileException rejected) {
			session.removeAttribute(UPLOAD);
			model.addAttribute("errors", rejected.errors());
			return show(null, user, model);
		}
	}

	@GetMapping("/plans/{fiscalYear}/plan.{format:yaml|xlsx}")
	ResponseEntity<byte[]> current(@PathVariable int fiscalYear, @PathVariable String format,
			@RequestParam(required = false) String organisation) {
		return files.plan(fiscalYear, organisation)
			.map(plan -> file(format, "plan-" + fiscalYear, plan.fiscalYear(), plan.organisation(), plan.measures()))
			.orElse(ResponseEntity.notFound().build());
	}

	/** A draft of next year's plan with the chosen open measures of an ended year carried over; changes nothing. */
	@GetMapping("/plans/{fiscalYear}/carry-over.{format:yaml|xlsx}")
	ResponseEntity<byte[]> carryOver(@PathVariable int fiscalYear, @PathVariable String format,
			@RequestParam String organisation, @RequestParam(name = "measure", required = false) List<String> measures) {
		return yearEnd.draft(fiscalYear, organisation, measures == null ? List.of() : measures)
			.map(draft -> file(format, "plan-" + draft.fiscalYear() + "-draft", draft.fiscalYear(), draft.organisation(),
					draft.measures()))
			.orElse(ResponseEntity.notFound().build());
	}

	@GetMapping("/plans/template.xlsx")
	ResponseEntity<byte[]> template() {
		return download(files.template(), XLSX, "plan-template.xlsx");
	}

	/** What an upload would change; shown again with the problem that stopped its confirmation. */
	private String preview(Upload file, Authentication user, Model model) {
		PlanPreview preview = file.isWorkbook() ? importer.previewXlsx(file.content())
				: importer.previewYaml(UploadedText.decode(file.content()));
		model.addAttribute("preview", preview);
		model.addAttribute("refusals", preview.refusals());
		model.addAttribute("upload", file.token());
		model.addAttribute("fileName", file.fileName());
		return show(preview.fiscalYear(), user, model);
	}

	private String show(Integer fiscalYear, Authentication user, Model model) {
		int thisYear = FiscalYear.containing(OfficeTime.today()).buddhistYear();
		List<Integer> years = files.years();
		int year = Optional.ofNullable(fiscalYear).orElse(years.contains(thisYear) || years.isEmpty() ? thisYear : years.get(0));
		model.addAttribute("fiscalYear", year);
		model.addAttribute("years", years);
		model.addAttribute("plans", files.plans(year));
		model.addAttribute("versions", history.versions(year));
		model.addAttribute("mayChange", Viewer.isAdmin(user));
		model.addAttribute("endedYears", yearEnd.openMeasuresOfEndedYears());
		return VIEW;
	}

	private ResponseEntity<byte[]> file(String format, String name, int fiscalYear, String organisation,
			List<PlanDiffer.Stored> measures) {
		return "xlsx".equals(format) ? download(files.xlsx(fiscalYear, organisation, measures), XLSX, name + ".xlsx")
				: download(files.yaml(fiscalYear, organisation, measures).getBytes(StandardCharsets.UTF_8),
						MediaType.parseMediaType("application/yaml;charset=UTF-8"), name + ".yaml");
	}

	private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(content);
	}
}
