package cn.oneteam.disclosure;

import java.util.List;
import java.util.Map;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.RuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The portal's 事前公开 pages: the enforcement bodies, a body's matters and officers, the townships' empowerment lists
 * (docs/adr/0041-public-lists-before-enforcement.md), each paged with links to the first, previous, next and last
 * page. Bad input answers with the page and a localised message under the problem's status
 * (docs/adr/0012-bad-input.md).
 */
@Controller
class PublicBeforePageController {

	private final BeforeEnforcement before;

	PublicBeforePageController(BeforeEnforcement before) {
		this.before = before;
	}

	/**
	 * The links between the pages of a list: the same address and parameters with another {@code page}; null where
	 * there is no such page. {@code number} counts from 1 for the reader.
	 */
	record Pager(int number, int pages, long total, @Nullable String first, @Nullable String previous,
			@Nullable String next, @Nullable String last) {

		static Pager of(PublicPaging.Paged paged, HttpServletRequest request) {
			int last = paged.pages() - 1;
			int page = paged.page();
			return new Pager(page + 1, paged.pages(), paged.total(), page > 0 ? link(request, 0) : null,
					page > 0 ? link(request, Math.min(page - 1, last)) : null,
					page < last ? link(request, page + 1) : null, page < last ? link(request, last) : null);
		}

		private static String link(HttpServletRequest request, int page) {
			UriComponentsBuilder uri = UriComponentsBuilder.fromPath(request.getRequestURI());
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				if (!parameter.getKey().equals("page")) {
					uri.queryParam(parameter.getKey(), (Object[]) parameter.getValue());
				}
			}
			return uri.queryParam("page", page).encode().build().toUriString();
		}
	}

	@GetMapping("/public/bodies")
	String bodies(@RequestParam(required = false) @Nullable String division,
			@RequestParam(required = false) @Nullable String page, @RequestParam(required = false) @Nullable String size,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("division", division == null ? "" : division);
		try {
			BeforeEnforcement.BodiesPage bodies = before.bodies(division, PublicPaging.of(page, size));
			model.addAttribute("bodies", bodies.bodies());
			model.addAttribute("pager", Pager.of(bodies, request));
		}
		catch (RuleViolation violation) {
			failed(violation, model, response);
			model.addAttribute("bodies", List.of());
		}
		return "disclosure/bodies";
	}

	@GetMapping("/public/bodies/{id}/matters")
	String matters(@PathVariable String id, @RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			BeforeEnforcement.BodyMatters result = before.matters(id, PublicPaging.of(page, size));
			model.addAttribute("result", result);
			model.addAttribute("pager", Pager.of(result, request));
		}
		catch (RuleViolation violation) {
			failed(violation, model, response);
		}
		return "disclosure/body-matters";
	}

	@GetMapping("/public/bodies/{id}/officers")
	String officers(@PathVariable String id, @RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			BeforeEnforcement.BodyOfficersPage result = before.officers(id, PublicPaging.of(page, size));
			model.addAttribute("result", result);
			model.addAttribute("pager", Pager.of(result, request));
		}
		catch (RuleViolation violation) {
			failed(violation, model, response);
		}
		return "disclosure/body-officers";
	}

	@GetMapping("/public/empowerment")
	String empowerment(@RequestParam(required = false) @Nullable String division,
			@RequestParam(required = false) @Nullable String page, @RequestParam(required = false) @Nullable String size,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("division", division == null ? "" : division);
		try {
			BeforeEnforcement.EmpowermentPage entries = before.empowerments(division, PublicPaging.of(page, size));
			model.addAttribute("entries", entries.entries());
			model.addAttribute("pager", Pager.of(entries, request));
		}
		catch (RuleViolation violation) {
			failed(violation, model, response);
			model.addAttribute("entries", List.of());
		}
		return "disclosure/empowerment";
	}

	private static void failed(RuleViolation violation, Model model, HttpServletResponse response) {
		response.setStatus(violation.status());
		model.addAttribute("error", FlashMessage.of(violation));
	}
}
