package cn.oneteam.supervision.standard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The scoring standards page under the supervision hub (docs/adr/0034-scoring-standards-and-self-review.md). */
@Controller
class StandardPageController {

	private final ScoringStandards standards;

	StandardPageController(ScoringStandards standards) {
		this.standards = standards;
	}

	@GetMapping("/supervision/standards")
	String standards(Model model) {
		model.addAttribute("standards", standards.all());
		return "supervision/standards";
	}
}
