package cn.oneteam.subject;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.region.Regions;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register's pages: search by code or name within the jurisdiction, and a form to register a subject; a refused
 * code comes back with its reason; each subject's own page with its licences and timeline
 * (docs/adr/0019-subject-register.md).
 */
@Controller
class SubjectPageController {

	private final Subjects subjects;

	private final SubjectImport importer;

	private final Licences licences;

	private final List<SubjectTimeline> timelines;

	private final Regions regions;

	SubjectPageController(Subjects subjects, SubjectImport importer, Licences licences,
			List<SubjectTimeline> timelines, Regions regions) {
		this.subjects = subjects;
		this.importer = importer;
		this.licences = licences;
		this.timelines = timelines;
		this.regions = regions;
	}

	/** One line of the timeline as the page shows it: the instant in China time, the arguments as an array. */
	record TimelineRow(OffsetDateTime at, String kindKey, String summaryKey, Object[] arguments, @Nullable String href) {
	}

	/**
	 * The subject's page: its data, licences with their standing, and every module's entries on one timeline, newest
	 * first (docs/adr/0019-subject-register.md, the subject's page); 404 outside the viewer's jurisdiction.
	 */
	@GetMapping("/subjects/{id}")
	String subject(@PathVariable long id, ScopedPrincipal caller, Model model) {
		SubjectView subject = subjects.byId(id, caller);
		model.addAttribute("subject", subject);
		model.addAttribute("places", places(List.of(subject)));
		model.addAttribute("masked", subject.kind().identifiedByIdNumber());
		model.addAttribute("registeredAt", ChinaTime.local(subject.registeredAt()));
		model.addAttribute("licences", licences.ofSubject(id, caller).stream().map(LicenceAnswer::of).toList());
		model.addAttribute("timeline", timeline(timelines, id, caller));
		model.addAttribute("today", LocalDate.now(ChinaTime.ZONE));
		return "subject/subject";
	}

	/** The full names of the subjects' divisions, by code, for their addresses. */
	private Map<String, String> places(List<SubjectView> shown) {
		Map<String, String> places = new HashMap<>();
		shown.forEach(s -> places.computeIfAbsent(s.divisionCode(), regions::fullName));
		return places;
	}

	/** Every contributor's entries about the subject, newest first, the instants in China time. */
	static List<TimelineRow> timeline(List<SubjectTimeline> timelines, long id, ScopedPrincipal viewer) {
		return timelines.stream()
			.flatMap(t -> t.about(id, viewer).stream())
			.sorted(Comparator.comparing(SubjectTimelineEntry::at).reversed())
			.map(e -> new TimelineRow(ChinaTime.local(e.at()), e.kindKey(), e.summaryKey(), e.arguments().toArray(),
					e.href()))
			.toList();
	}

	/** A licence typed in (source MANUAL); a refusal comes back with its reason. */
	@PostMapping("/subjects/{id}/licences")
	String recordLicence(@PathVariable long id, @RequestParam String kind, @RequestParam String number,
			@RequestParam String issuerCode, @RequestParam String issuerName,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validUntil,
			@RequestParam(required = false) @Nullable String scope, ScopedPrincipal caller,
			RedirectAttributes redirect) {
		try {
			LicenceView recorded = licences.record(id, new LicenceInputs.Licence(kind, number, issuerCode.strip(),
					issuerName, validFrom, validUntil, scope), LicenceSource.MANUAL, caller);
			redirect.addFlashAttribute("licenceRecorded", recorded);
		}
		catch (RuleViolation violation) {
			if (violation.status() == SubjectViolation.NOT_FOUND) {
				throw violation;
			}
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/subjects/" + id;
	}

	/** 吊销/撤销 of one of the subject's licences. */
	@PostMapping("/subjects/{id}/licences/{licence}/revocation")
	String revokeLicence(@PathVariable long id, @PathVariable long licence,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate revokedOn,
			@RequestParam String reason, ScopedPrincipal caller, RedirectAttributes redirect) {
		try {
			LicenceView revoked = licences.revoke(licence, new LicenceInputs.Revocation(revokedOn, reason), caller);
			if (revoked.subjectId() != id) {
				return "redirect:/subjects/" + revoked.subjectId();
			}
			redirect.addFlashAttribute("licenceRevoked", revoked);
		}
		catch (RuleViolation violation) {
			if (violation.status() == SubjectViolation.NOT_FOUND) {
				throw violation;
			}
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/subjects/" + id;
	}

	/** 查看完整证件号码: the whole number in place of the masked one, the read recorded ({@code case:handle} only). */
	@PostMapping("/subjects/{id}/identity")
	String identity(@PathVariable long id, ScopedPrincipal caller, Model model) {
		model.addAttribute("idNumber", subjects.identityNumber(id, caller));
		return "subject/subject :: identity";
	}

	/** An uploaded CSV or .xlsx (by its name's ending): the report, or the refusal with the refused rows. */
	@PostMapping("/subjects/import")
	String importFile(@RequestParam("file") MultipartFile file, ScopedPrincipal caller, RedirectAttributes redirect)
			throws IOException {
		String fileName = String.valueOf(file.getOriginalFilename());
		SubjectImport.Format format = fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
				? SubjectImport.Format.XLSX : SubjectImport.Format.CSV;
		try (java.io.InputStream content = file.getInputStream()) {
			redirect.addFlashAttribute("imported", importer.importFile(fileName, format, content, caller));
		}
		catch (SubjectImportRejected rejected) {
			redirect.addFlashAttribute("error", FlashMessage.of(rejected));
			redirect.addFlashAttribute("refused", rejected.report());
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/subjects";
	}

	@GetMapping("/subjects")
	String page(@RequestParam(required = false) @Nullable String q, ScopedPrincipal caller, Model model) {
		model.addAttribute("kinds", SubjectKind.values());
		model.addAttribute("q", q);
		if (q != null && !q.isBlank()) {
			List<SubjectView> results = subjects.search(q, caller);
			model.addAttribute("results", results);
			model.addAttribute("places", places(results));
		}
		return "subject/subjects";
	}

	@PostMapping("/subjects")
	String register(@RequestParam SubjectKind kind, @RequestParam String code, @RequestParam String name,
			@RequestParam String divisionCode, @RequestParam String streetAddress,
			@RequestParam(required = false) @Nullable String representative,
			@RequestParam(required = false) @Nullable String industryCode, ScopedPrincipal caller,
			RedirectAttributes redirect) {
		try {
			SubjectView registered = subjects.register(new SubjectInputs.Registration(kind, code, name, divisionCode,
					streetAddress, representative, industryCode == null || industryCode.isBlank() ? null
							: industryCode.strip()), caller);
			redirect.addFlashAttribute("registered", registered);
			return "redirect:/subjects?q=" + java.net.URLEncoder.encode(registered.name(),
					java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
			return "redirect:/subjects";
		}
	}
}
