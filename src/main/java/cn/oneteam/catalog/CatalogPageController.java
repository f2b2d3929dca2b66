package cn.oneteam.catalog;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.oneteam.organization.Organization;
import cn.oneteam.organization.Organizations;
import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.EnforcementDomain;
import cn.oneteam.shared.JurisdictionScope;
import cn.oneteam.shared.RuleViolation;
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

/** The catalogue, the "who is responsible" question and the boundary report, as pages. */
@Controller
class CatalogPageController {

	private final Catalog catalog;

	private final Organizations organizations;

	private final Discretion discretion;

	private final CatalogTransfer transfer;

	private final EmpowermentImport empowermentImport;

	private final Clock clock;

	CatalogPageController(Catalog catalog, Organizations organizations, Discretion discretion, CatalogTransfer transfer,
			EmpowermentImport empowermentImport, Clock clock) {
		this.catalog = catalog;
		this.organizations = organizations;
		this.discretion = discretion;
		this.transfer = transfer;
		this.empowermentImport = empowermentImport;
		this.clock = clock;
	}

	@GetMapping("/catalog")
	String matters(@RequestParam(required = false) @Nullable EnforcementDomain domain, Model model) {
		model.addAttribute("domain", domain);
		model.addAttribute("domains", EnforcementDomain.values());
		model.addAttribute("matters",
				catalog.matters().stream().filter(m -> domain == null || m.domain() == domain).toList());
		return "catalog/matters";
	}

	@PostMapping("/catalog/import")
	String importMatters(@RequestParam MultipartFile file, RedirectAttributes redirect) throws IOException {
		try {
			redirect.addFlashAttribute("imported", transfer.importFile(String.valueOf(file.getOriginalFilename()),
					file.getBytes()));
		}
		catch (ImportRejected rejected) {
			redirect.addFlashAttribute("error", FlashMessage.of(rejected));
			redirect.addFlashAttribute("rejectedRows",
					rejected.report().lines().stream().filter(l -> l.outcome() == ImportReport.Outcome.REJECTED).toList());
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/catalog";
	}

	/** Puts a matter on a township's empowerment list from the boundary page (catalogue manager). */
	@PostMapping("/catalog/empowerments")
	String empower(@RequestParam String township, @RequestParam String matter, @RequestParam EnforcementMode mode,
			@RequestParam String actingOrg, @RequestParam String nameOrg, @RequestParam String instrumentNumber,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate instrumentPublished,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate termTo,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate effectiveTo,
			JurisdictionScope scope, RedirectAttributes redirect) {
		DivisionCode code = DivisionCode.of(township.trim());
		try {
			catalog.empower(code, matter.trim(), mode, orgId(actingOrg), orgId(nameOrg),
					new Empowerment.LegalInstrument(instrumentNumber.trim(), instrumentPublished, termTo), effectiveFrom,
					effectiveTo, scope);
			redirect.addFlashAttribute("empowered", true);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		redirect.addAttribute("county", code.value().length() >= 6 ? code.value().substring(0, 6) : code.value());
		return "redirect:/catalog/boundary-report";
	}

	/** Imports empowerment lists from the boundary page: the row report, or every refused row's problems. */
	@PostMapping("/catalog/empowerments/import")
	String importEmpowerments(@RequestParam MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun,
			@RequestParam(required = false) @Nullable DivisionCode county, JurisdictionScope scope,
			RedirectAttributes redirect) throws IOException {
		try {
			redirect.addFlashAttribute("empowerImported", empowermentImport
				.importFile(String.valueOf(file.getOriginalFilename()), file.getBytes(), dryRun, scope));
		}
		catch (EmpowermentImportRejected rejected) {
			redirect.addFlashAttribute("error", FlashMessage.of(rejected));
			redirect.addFlashAttribute("empowerProblems", rejected.problems());
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		if (county != null) {
			redirect.addAttribute("county", county.value());
		}
		return "redirect:/catalog/boundary-report";
	}

	/** The county of the user's jurisdiction, when it lies in one county; none otherwise. */
	private static @Nullable DivisionCode defaultCounty(JurisdictionScope scope) {
		if (scope.isNationwide() || scope.divisions().size() != 1) {
			return null;
		}
		String code = scope.divisions().iterator().next().value();
		return code.length() >= 6 ? DivisionCode.of(code.substring(0, 6)) : null;
	}

	private long orgId(String code) {
		return organizations.findByCode(code.trim())
			.orElseThrow(() -> new CatalogViolation(CatalogViolation.NOT_FOUND, "organization.unknown", code))
			.id()
			.value();
	}

	@GetMapping("/catalog/matters/{code}")
	String matter(@PathVariable String code, @RequestParam(required = false) @Nullable PartyType party,
			@RequestParam(required = false) @Nullable Set<String> circumstance,
			@RequestParam(required = false) @Nullable BigDecimal base,
			@RequestParam(required = false) @Nullable DivisionCode place, JurisdictionScope scope, Model model) {
		model.addAttribute("matter", catalog.require(code));
		model.addAttribute("benchmarks", discretion.benchmarks(code));
		model.addAttribute("partyTypes", List.of(PartyType.NATURAL_PERSON, PartyType.ORGANISATION));
		model.addAttribute("checked", circumstance == null ? Set.of() : circumstance);
		DivisionCode where = place != null ? place
				: scope.isNationwide() || scope.divisions().isEmpty() ? null : scope.divisions().iterator().next();
		model.addAttribute("place", where);
		if (party != null && where != null) {
			try {
				model.addAttribute("result", discretion.calculate(code, where, LocalDate.now(clock), party,
						circumstance == null ? Set.of() : circumstance, base));
			}
			catch (RuleViolation violation) {
				model.addAttribute("error", FlashMessage.of(violation));
			}
		}
		return "catalog/matter";
	}

	@GetMapping("/catalog/responsible")
	String responsible(@RequestParam(required = false) @Nullable String matter,
			@RequestParam(required = false) @Nullable DivisionCode division,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			Model model) {
		LocalDate day = date == null ? LocalDate.now(clock) : date;
		model.addAttribute("matters", catalog.matters());
		model.addAttribute("day", day);
		if (matter != null && division != null) {
			try {
				model.addAttribute("answer", catalog.responsible(matter, division, day));
			}
			catch (RuleViolation violation) {
				model.addAttribute("error", FlashMessage.of(violation));
			}
		}
		return "catalog/responsible";
	}

	@GetMapping("/catalog/boundary-report")
	String report(@RequestParam(required = false) @Nullable DivisionCode county,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			JurisdictionScope scope, Model model) {
		LocalDate day = date == null ? LocalDate.now(clock) : date;
		DivisionCode area = county != null ? county : defaultCounty(scope);
		model.addAttribute("day", day);
		model.addAttribute("empowerments", area == null ? List.of() : catalog.empowerments(area, scope));
		if (area != null) {
			model.addAttribute("report", catalog.boundaryReport(area, day, scope));
		}
		model.addAttribute("modes", List.of(EnforcementMode.EMPOWERED, EnforcementMode.DELEGATED, EnforcementMode.STATIONED));
		model.addAttribute("bodies", organizations.visibleIn(scope).stream()
			.collect(Collectors.toMap(o -> o.id().value(), Organization::name)));
		return "catalog/report";
	}
}
