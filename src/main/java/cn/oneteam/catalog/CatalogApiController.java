package cn.oneteam.catalog;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.oneteam.catalog.Empowerment.LegalInstrument;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.EnforcementDomain;
import cn.oneteam.shared.JurisdictionScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "catalog 执法事项", description = "Matter catalogue, township empowerment lists, responsibility boundaries and the resolver")
class CatalogApiController {

	private final Catalog catalog;

	private final CatalogTransfer transfer;

	private final EmpowermentImport empowermentImport;

	private final Clock clock;

	CatalogApiController(Catalog catalog, CatalogTransfer transfer, EmpowermentImport empowermentImport, Clock clock) {
		this.catalog = catalog;
		this.transfer = transfer;
		this.empowermentImport = empowermentImport;
		this.clock = clock;
	}

	@GetMapping("/matters")
	@Operation(summary = "Matters of the catalogue, optionally of one domain")
	List<Matter> matters(@RequestParam(required = false) @Nullable EnforcementDomain domain) {
		return catalog.matters().stream().filter(m -> domain == null || m.domain() == domain).toList();
	}

	@GetMapping("/matters/export")
	@Operation(summary = "Export the catalogue, one row per version (format=csv or xlsx)")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format) {
		boolean excel = "xlsx".equalsIgnoreCase(format);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(excel ? "matters.xlsx" : "matters.csv").build().toString())
			.contentType(excel ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
					: new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(excel ? transfer.exportXlsx() : transfer.exportCsv());
	}

	@PostMapping(path = "/matters/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import matters from CSV or .xlsx (catalogue manager)",
			description = "Columns as in the export. All rows or none: with any rejected row nothing is applied and the "
					+ "422 problem carries the row report (`report`). Importing the same file again changes nothing.")
	ImportReport importMatters(@RequestParam("file") MultipartFile file) throws IOException {
		return transfer.importFile(String.valueOf(file.getOriginalFilename()), file.getBytes());
	}

	@GetMapping("/matters/{code}")
	@Operation(summary = "One matter with all its versions")
	Matter matter(@PathVariable String code) {
		return catalog.require(code);
	}

	@PostMapping("/matters")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a matter (catalogue manager)")
	Matter register(@Valid @RequestBody MatterRequest request) {
		return catalog.register(new NewMatter(request.code(), request.domain(), request.kind(), request.level(),
				request.version().toVersion()));
	}

	@PostMapping("/matters/{code}/versions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Revise a matter from a day on; earlier versions stay as they were")
	Matter revise(@PathVariable String code, @Valid @RequestBody VersionRequest request) {
		return catalog.revise(code, request.toVersion());
	}

	@GetMapping("/empowerments")
	@Operation(summary = "Empowerment list (赋权清单) entries of the townships in an area, within the caller's jurisdiction")
	List<Empowerment> empowerments(@RequestParam @Parameter(example = "632802") DivisionCode division,
			JurisdictionScope scope) {
		return catalog.empowerments(division, scope);
	}

	@PostMapping("/empowerments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Put a matter on a township's empowerment list (赋权 / 委托 / 派驻)",
			description = "Periods for the same township and matter may not overlap (409). A delegation needs the "
					+ "委托书's term (处罚法 §20).")
	Empowerment empower(@Valid @RequestBody EmpowermentRequest r, JurisdictionScope scope) {
		return catalog.empower(DivisionCode.of(r.township()), r.matter(), r.mode(), r.actingOrgId(), r.nameOrgId(),
				new LegalInstrument(r.instrumentNumber().trim(), r.instrumentPublished(), r.instrumentTermTo()),
				r.effectiveFrom(), r.effectiveTo(), scope);
	}

	@PostMapping(path = "/empowerments/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import townships' empowerment lists (赋权清单) from CSV or .xlsx (catalogue manager)",
			description = "One grant per row; columns (Chinese header or English name): 乡镇代码 township, 事项编码 matter, "
					+ "方式 mode (赋权/委托/派驻 or EMPOWERED/DELEGATED/STATIONED), 实施机关代码 acting_org, 名义机关代码 name_org, "
					+ "文号 instrument_number, 发文日期 instrument_published, 委托期限至 instrument_term_to, 生效日期 effective_from, "
					+ "终止日期 effective_to. Every row is checked as a single grant is, within the caller's jurisdiction. "
					+ "All rows or none: any refused row and nothing is written, 400 `empowerImport.rows-rejected` with "
					+ "`rows` (row, column, code, localised message). A row the list already holds is `UNCHANGED`: importing "
					+ "the same file again changes nothing. `dryRun=true` checks and reports without writing. At most "
					+ EmpowermentImport.MAX_ROWS + " rows (400 `upload.too-many-rows`); a file that is neither .csv "
					+ "nor .xlsx is a 400 `upload.file-type`, a CSV not in UTF-8 a 400 `upload.file-encoding`, a column "
					+ "named twice a 400 `upload.header-repeated`; blank rows are skipped.")
	EmpowermentImportReport importEmpowerments(@RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, JurisdictionScope scope) throws IOException {
		return empowermentImport.importFile(String.valueOf(file.getOriginalFilename()), file.getBytes(), dryRun, scope);
	}

	@GetMapping("/boundaries")
	@Operation(summary = "Responsibility boundaries (职责边界) around an area")
	List<Boundary> boundaries(@RequestParam @Parameter(example = "632802") DivisionCode division,
			JurisdictionScope scope) {
		return catalog.boundaries(division, scope);
	}

	@PostMapping("/boundaries")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record who approves, supervises and enforces a matter in a territory")
	Boundary boundary(@Valid @RequestBody BoundaryRequest r, JurisdictionScope scope) {
		return catalog.defineBoundary(r.matter(), DivisionCode.of(r.territory()), r.approvingUnit(),
				r.supervisingOrgId(), r.enforcingOrgId(), r.effectiveFrom(), r.effectiveTo(), scope);
	}

	@GetMapping("/responsible")
	@Operation(summary = "Who enforces a matter in a place on a day",
			description = "The enforcing body, the name on documents, the mode, the legal instrument and an explanation "
					+ "in Chinese and English. 404 problem when nobody is responsible, 409 when several are: never a guess.")
	Responsibility responsible(@RequestParam @Parameter(example = "CG-QH-0001") String matter,
			@RequestParam @Parameter(example = "632802001") DivisionCode division,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
		return catalog.responsible(matter, division, date == null ? LocalDate.now(clock) : date);
	}

	@GetMapping("/boundary-report")
	@Operation(summary = "Gaps (监管真空) and overlaps (多头执法) in a county's townships on a day")
	BoundaryReport boundaryReport(@RequestParam @Parameter(example = "632802") DivisionCode county,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			JurisdictionScope scope) {
		return catalog.boundaryReport(county, date == null ? LocalDate.now(clock) : date, scope);
	}

	record VersionRequest(@NotBlank @Size(max = 300) String name, @Nullable @Size(max = 200) String violatedLaw,
			@Nullable @Size(max = 100) String violatedArticle, @NotBlank @Size(max = 200) String penaltyLaw,
			@NotBlank @Size(max = 100) String penaltyArticle, @NotNull Set<PenaltyKind> penaltyKinds,
			StatutoryFine.@NotNull FineKind fineKind, @Nullable BigDecimal fineMin, @Nullable BigDecimal fineMax,
			@Nullable String multipleBase, @NotNull LocalDate effectiveFrom, @Nullable LocalDate effectiveTo) {

		MatterVersion toVersion() {
			return new MatterVersion(0, name.trim(), violatedLaw, violatedArticle, penaltyLaw.trim(),
					penaltyArticle.trim(), penaltyKinds,
					new StatutoryFine(fineKind, fineMin, fineMax, multipleBase), effectiveFrom, effectiveTo);
		}
	}

	record MatterRequest(@NotBlank String code, @NotNull EnforcementDomain domain, @NotNull MatterKind kind,
			@NotNull MatterLevel level, @NotNull @Valid VersionRequest version) {
	}

	record EmpowermentRequest(@NotBlank String township, @NotBlank String matter, @NotNull EnforcementMode mode,
			long actingOrgId, long nameOrgId, @NotBlank @Size(max = 100) String instrumentNumber,
			@NotNull LocalDate instrumentPublished, @Nullable LocalDate instrumentTermTo,
			@NotNull LocalDate effectiveFrom, @Nullable LocalDate effectiveTo) {
	}

	record BoundaryRequest(@NotBlank String matter, @NotBlank String territory,
			@Nullable @Size(max = 200) String approvingUnit, @Nullable Long supervisingOrgId, long enforcingOrgId,
			@NotNull LocalDate effectiveFrom, @Nullable LocalDate effectiveTo) {
	}
}
