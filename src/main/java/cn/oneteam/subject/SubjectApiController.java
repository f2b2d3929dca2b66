package cn.oneteam.subject;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 监管对象 through the API: register, find by code or name, read, close — within the caller's jurisdiction; a natural
 * person's ID number is masked in every answer (docs/adr/0019-subject-register.md).
 */
@RestController
@RequestMapping("/api/v1/subjects")
@Tag(name = "subjects 监管对象", description = "The register of regulated subjects: legal persons, other organisations, "
		+ "个体工商户 (统一社会信用代码) and natural persons (公民身份号码)")
class SubjectApiController {

	private final Subjects subjects;

	private final SubjectImport importer;

	private final Licences licences;

	SubjectApiController(Subjects subjects, SubjectImport importer, Licences licences) {
		this.subjects = subjects;
		this.importer = importer;
		this.licences = licences;
	}

	/** A natural person's whole ID number, as read for a case. */
	record SubjectIdentity(long id, String idNumber) {
	}

	@PostMapping("/import")
	@Operation(summary = "Import subjects from CSV (UTF-8) or .xlsx: the request body is the file itself "
			+ "(permission case:handle)",
			description = "Header row: code,kind,name,division,address,representative,industry,status (any order). "
					+ "Every row is checked as a registration is (code by GB 32100 / GB 11643, kind against code, "
					+ "division inside the caller's jurisdiction), and for duplicates within the file and against the "
					+ "register; status empty, ACTIVE or SUSPENDED. All rows are stored in one transaction or none: "
					+ "with any refused row the 422 problem subject.import.rows-rejected carries the report (`report`, "
					+ "each refused row's number — the header is row 1 — column and localised reason). One entry of "
					+ "the full-process record names the file, its SHA-256 and the row count.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/octet-stream",
							schema = @Schema(type = "string", format = "binary"))))
	SubjectImportReport importFile(
			@RequestParam @Schema(allowableValues = { "csv", "xlsx" }, example = "csv") String format,
			@RequestParam @Parameter(example = "subjects.csv") String fileName, HttpServletRequest request,
			ScopedPrincipal caller) throws IOException {
		SubjectImport.Format parsed = SubjectImport.Format.of(format);
		// the body streams to a temporary file, never whole in memory (docs/adr/0024-quiet-periods-and-caps.md)
		try (InputStream body = request.getInputStream()) {
			return importer.importFile(fileName, parsed, body, caller);
		}
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a subject (permission case:handle)",
			description = "The code is checked: a 统一社会信用代码 (GB 32100: alphabet, 登记管理部门码 and 机构类别码, the "
					+ "embedded GB 11714 organisation code's check, the check character) or, for NATURAL_PERSON, a "
					+ "公民身份号码 (GB 11643: date of birth, check digit; 港澳台 residence permits and foreigners' "
					+ "permanent residence numbers accepted). 400 creditcode.* / idnumber.* names the position and "
					+ "character or the check character expected; 409 subject.duplicate-code; 403 "
					+ "subject.outside-jurisdiction when the address division lies outside the caller's jurisdiction.")
	SubjectView register(@Valid @RequestBody SubjectInputs.Registration input, ScopedPrincipal caller) {
		return subjects.register(input, caller);
	}

	@GetMapping
	@Operation(summary = "Find by code (exact) or search by name (fuzzy, at most 50, closest first)",
			description = "Exactly one of code and name. By code: a list of one, or 404 subject.unknown-code. By name: "
					+ "the closest of the first 1,000 names found that contain it. Only subjects in the caller's "
					+ "jurisdiction.")
	List<SubjectView> find(@RequestParam(required = false) @Parameter(example = "91310115MA1K3BTP2B") @Nullable String code,
			@RequestParam(required = false) @Parameter(example = "德令哈") @Nullable String name, ScopedPrincipal caller) {
		if ((code == null) == (name == null)) {
			throw new SubjectViolation(SubjectViolation.BAD_REQUEST, "subject.code-or-name");
		}
		return code != null ? List.of(subjects.byCode(code, caller)) : subjects.byName(name, caller);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A subject; 404 when unknown or outside the caller's jurisdiction")
	SubjectView byId(@PathVariable long id, ScopedPrincipal caller) {
		return subjects.byId(id, caller);
	}

	@GetMapping("/{id}/identity")
	@Operation(summary = "A natural person's whole 公民身份号码, for a case (permission case:handle; 403 otherwise)",
			description = "Every other answer masks the number. Each read is recorded in the subject's full-process "
					+ "record (action identity-read, with the reader) in the same transaction. 404 when unknown or "
					+ "outside the caller's jurisdiction; 400 subject.no-id-number for a subject identified by a "
					+ "统一社会信用代码 (shown whole everywhere).")
	SubjectIdentity identity(@PathVariable long id, ScopedPrincipal caller) {
		return new SubjectIdentity(id, subjects.identityNumber(id, caller));
	}

	@GetMapping("/{id}/licences")
	@Operation(summary = "The subject's licences (行政许可), newest first, each with its standing today",
			description = "404 when the subject is unknown or outside the caller's jurisdiction.")
	List<LicenceAnswer> licences(@PathVariable long id, ScopedPrincipal caller) {
		return licences.ofSubject(id, caller).stream().map(LicenceAnswer::of).toList();
	}

	@PostMapping("/{id}/licences")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a licence of the subject, typed in (source MANUAL; permission case:handle)",
			description = "The issuer is named by its 统一社会信用代码, checked (400 creditcode.* with the position or "
					+ "the check character expected); 400 licence.ends-before-start when validUntil precedes validFrom; "
					+ "409 licence.duplicate-number when the issuer has recorded this number already; 404 when the "
					+ "subject is outside the caller's jurisdiction. Recorded in the subject's full-process record "
					+ "(licence-recorded).")
	LicenceAnswer recordLicence(@PathVariable long id, @Valid @RequestBody LicenceInputs.Licence input,
			ScopedPrincipal caller) {
		return LicenceAnswer.of(licences.record(id, input, LicenceSource.MANUAL, caller));
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Close a subject: REVOKED 吊销, DEREGISTERED 注销 or MOVED_OUT 迁出 (permission case:handle)",
			description = "The subject stays in the register with its status and the day (today by default, never in "
					+ "the future); 409 subject.already-closed.")
	SubjectView close(@PathVariable long id, @Valid @RequestBody SubjectInputs.Closing input, ScopedPrincipal caller) {
		return subjects.close(id, input, caller);
	}
}
