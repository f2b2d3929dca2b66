package cn.oneteam.supervision.standard;

import java.util.List;

import cn.oneteam.shared.RuleViolation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 评查标准 as data (docs/adr/0034-scoring-standards-and-self-review.md): read by anyone signed in. */
@RestController
@RequestMapping("/api/v1/supervision/standards")
@Tag(name = "standards 评查标准", description = "The case-file review standards, every version, with their veto and "
		+ "scored items, points and which the system checks by itself")
class StandardApiController {

	private final ScoringStandards standards;

	StandardApiController(ScoringStandards standards) {
		this.standards = standards;
	}

	@GetMapping
	@Operation(summary = "Every standard, every version (newest of each code first), with its items in order")
	List<ScoringStandard> all() {
		return standards.all();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One standard version with its items", description = "404 supervision.standard-unknown")
	ScoringStandard one(@PathVariable long id) {
		return standards.byId(id)
			.orElseThrow(() -> new RuleViolation(RuleViolation.NOT_FOUND, "supervision.standard-unknown", id));
	}
}
