package cn.oneteam.inspection.library;

import java.util.List;

import cn.oneteam.shared.ScopedPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The inspectors' library and the assistants of visits (docs/adr/0032-inspectors-library-and-recusal.md). */
@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = "inspectors 执法检查人员名录库", description = "A department's certified inspectors with their domains and "
		+ "expertise tags; experts and testing bodies who may assist a visit, never counted as inspectors")
class InspectorLibraryApiController {

	private final InspectorLibrary library;

	InspectorLibraryApiController(InspectorLibrary library) {
		this.library = library;
	}

	@GetMapping("/inspectors")
	@Operation(summary = "A department's inspectors (the caller's own when none is named): establishment staff in post "
			+ "with an enforcement certificate, its number, domains and validity today, and the expertise tags")
	List<Inspector> inspectors(@RequestParam(required = false) @Nullable Long departmentId, ScopedPrincipal caller) {
		return library.inspectors(departmentId == null ? caller.organizationId() : departmentId, caller);
	}

	@PostMapping("/inspectors/{personId}/tags")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Tag an inspector with an expertise (e.g. 食品, 特种设备, 消防); 422 inspection.not-an-inspector "
			+ "for auxiliaries, grid workers and anyone without a certificate; 409 when tagged already")
	Inspector tag(@PathVariable long personId, @Valid @RequestBody LibraryInputs.Tag tag, ScopedPrincipal caller) {
		return library.tag(personId, tag.tag(), caller);
	}

	@DeleteMapping("/inspectors/{personId}/tags")
	@Operation(summary = "End an expertise tag (kept, never deleted)")
	Inspector untag(@PathVariable long personId, @RequestParam String tag, ScopedPrincipal caller) {
		return library.untag(personId, tag, caller);
	}

	@GetMapping("/inspectors/assistants")
	@Operation(summary = "A department's experts and testing bodies (the caller's own when none is named)")
	List<Assistant> assistants(@RequestParam(required = false) @Nullable Long departmentId, ScopedPrincipal caller) {
		return library.assistants(departmentId == null ? caller.organizationId() : departmentId, caller);
	}

	@PostMapping("/inspectors/assistants")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register an expert (专家) or testing body (检测机构): never an inspector, never counted")
	Assistant register(@Valid @RequestBody LibraryInputs.NewAssistant assistant, ScopedPrincipal caller) {
		return library.register(assistant, caller);
	}

	@DeleteMapping("/inspectors/assistants/{id}")
	@Operation(summary = "End an assistant's registration (kept, never deleted)")
	Assistant endAssistant(@PathVariable long id, ScopedPrincipal caller) {
		return library.endAssistant(id, caller);
	}

	@PostMapping("/visits/{visitId}/assistants")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Attach experts or testing bodies of the visit's departments to a visit; only once it has two "
			+ "certified inspectors (422 inspection.assistants-need-certified), assistants never counting")
	List<VisitAssistant> attach(@PathVariable long visitId, @Valid @RequestBody LibraryInputs.Attach input,
			ScopedPrincipal caller) {
		return library.attach(visitId, input, caller);
	}

	@GetMapping("/visits/{visitId}/assistants")
	@Operation(summary = "The assistants attached to a visit")
	List<VisitAssistant> visitAssistants(@PathVariable long visitId, ScopedPrincipal caller) {
		return library.visitAssistants(visitId, caller);
	}
}
