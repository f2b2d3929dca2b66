package cn.oneteam.inspection.draw;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public pages of the draws: the list and one draw, recomputed in the visitor's browser (docs/adr/0026-the-draw.md). */
@Controller
class PublicDrawPageController {

	private final Draws draws;

	PublicDrawPageController(Draws draws) {
		this.draws = draws;
	}

	@GetMapping("/public/inspections/draws")
	String list(Model model) {
		model.addAttribute("draws", draws.list());
		return "inspection/draws";
	}

	@GetMapping("/public/inspections/draws/{id}")
	String draw(@PathVariable long id, Model model) {
		model.addAttribute("draw", draws.get(id));
		return "inspection/draw";
	}
}
