package cn.oneteam.region;

import java.nio.file.Path;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class RegionPageController {

	private final Regions regions;

	private final DivisionImports imports;

	RegionPageController(Regions regions, DivisionImports imports) {
		this.regions = regions;
		this.imports = imports;
	}

	@GetMapping("/regions")
	String browse(@RequestParam(required = false) @Nullable DivisionCode code,
			@RequestParam(required = false) @Nullable String q, Model model) {
		if (q != null && !q.isBlank()) {
			model.addAttribute("q", q);
			model.addAttribute("results", regions.search(q));
		}
		if (code == null) {
			model.addAttribute("children", regions.provinces());
		}
		else {
			model.addAttribute("current", regions.require(code));
			model.addAttribute("path", regions.path(code));
			model.addAttribute("children", regions.children(code));
		}
		return "region/browse";
	}

	@PostMapping("/regions/villages/import")
	String importVillages(@RequestParam String path, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("report", imports.importVillages(Path.of(path.trim())));
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/regions";
	}
}
