package cn.oneteam.inspection.code;

import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.oneteam.platform.QrImage;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff pages of the code: the printable 检查通知 of a visit, with its QR, and supervision's page of ratings,
 * visits recorded without a code and refused code uses (docs/adr/0029-inspection-code-public-check-and-rating.md).
 */
@Controller
class CodePageController {

	private final CodeNotices notices;

	private final CodeSupervision supervision;

	private final VisitFacts facts;

	CodePageController(CodeNotices notices, CodeSupervision supervision, VisitFacts facts) {
		this.notices = notices;
		this.supervision = supervision;
		this.facts = facts;
	}

	@GetMapping("/inspections/visits/{id}/notice")
	String notice(@PathVariable long id, ScopedPrincipal caller, Model model) {
		String base = CodeApiController.requestBase();
		CodeViews.Notice notice = notices.notice(id, caller, base);
		model.addAttribute("notice", notice);
		model.addAttribute("qr", "data:image/png;base64,"
				+ Base64.getEncoder().encodeToString(QrImage.png(notice.publicUrl(), CodeNotices.QR_SIZE)));
		return "inspection/code-notice";
	}

	@GetMapping("/supervision/inspections")
	String supervision(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
			@Nullable LocalDate from, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
			@Nullable LocalDate to, ScopedPrincipal caller, Model model) {
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		List<CodeViews.Rating> ratings = supervision.ratings(from, to, caller);
		List<CodeViews.Uncoded> uncoded = supervision.uncoded(from, to, caller);
		Map<Long, String> departments = new HashMap<>();
		Stream.concat(ratings.stream().flatMap(r -> r.departmentIds().stream()),
				uncoded.stream().flatMap(u -> u.departmentIds().stream()))
			.forEach(d -> departments.computeIfAbsent(d, facts::department));
		model.addAttribute("ratings", ratings);
		model.addAttribute("uncoded", uncoded);
		model.addAttribute("refused", supervision.refusedUses(from, to, caller));
		model.addAttribute("departments", departments);
		return "inspection/code-supervision";
	}
}
