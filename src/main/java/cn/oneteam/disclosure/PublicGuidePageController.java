package cn.oneteam.disclosure;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The portal's guides (docs/adr/0041-public-lists-before-enforcement.md): the procedure flowcharts (执法流程图) and
 * how to complain about enforcement (投诉举报指引), with the periods this deployment is configured with.
 */
@Controller
class PublicGuidePageController {

	private final PublicGuides guides;

	PublicGuidePageController(PublicGuides guides) {
		this.guides = guides;
	}

	@GetMapping("/public/procedures")
	String procedures(Model model) {
		model.addAttribute("p", guides.procedures());
		return "disclosure/procedures";
	}

	@GetMapping("/public/how-to-complain")
	String howToComplain(Model model) {
		model.addAttribute("c", guides.complaints());
		return "disclosure/how-to-complain";
	}
}
