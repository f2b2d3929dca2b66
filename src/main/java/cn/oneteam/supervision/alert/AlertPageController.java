package cn.oneteam.supervision.alert;

import java.math.BigDecimal;

import cn.oneteam.platform.FlashMessage;
import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.supervision.alert.AlertViews.Kind;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The alert board's pages: the board, a drill-down with its actions, and the thresholds (docs/adr/0036-supervisors-alert-board.md). */
@Controller
@PreAuthorize("hasAuthority('supervision:review')")
class AlertPageController {

	private final AlertBoard board;

	AlertPageController(AlertBoard board) {
		this.board = board;
	}

	@GetMapping("/supervision/alerts")
	String board(ScopedPrincipal caller, Model model) {
		model.addAttribute("board", board.board(caller));
		return "supervision/alerts";
	}

	@GetMapping("/supervision/alerts/{pattern}/{bodyId}")
	String drillDown(@PathVariable AlertPattern pattern, @PathVariable long bodyId,
			@RequestParam(required = false) @Nullable String key, ScopedPrincipal caller, Model model) {
		model.addAttribute("drill", board.drillDown(pattern, bodyId, key, caller));
		model.addAttribute("kinds", Kind.values());
		return "supervision/alert";
	}

	@PostMapping("/supervision/alerts/{pattern}/{bodyId}/actions")
	String act(@PathVariable AlertPattern pattern, @PathVariable long bodyId,
			@RequestParam(required = false) @Nullable String key, @RequestParam(required = false) @Nullable Kind kind,
			@RequestParam(required = false) @Nullable String text, ScopedPrincipal caller,
			RedirectAttributes redirect) {
		try {
			board.act(pattern, bodyId, key, kind, text, caller);
			redirect.addFlashAttribute("done", "action");
		}
		catch (RuleViolation violation) {
			if (violation.status() == RuleViolation.NOT_FOUND) {
				throw violation;
			}
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/supervision/alerts/{pattern}/{body}")
			.queryParamIfPresent("key", java.util.Optional.ofNullable(key).filter(k -> !k.isBlank()))
			.buildAndExpand(pattern.name(), bodyId)
			.encode()
			.toUriString();
	}

	@GetMapping("/supervision/alerts/thresholds")
	String thresholds(Model model, ScopedPrincipal caller) {
		model.addAttribute("thresholds", board.thresholds(caller));
		model.addAttribute("changes", board.thresholdChanges(caller));
		return "supervision/alert-thresholds";
	}

	@PostMapping("/supervision/alerts/thresholds/{code}")
	String setThreshold(@PathVariable AlertPattern code, @RequestParam(required = false) @Nullable String threshold,
			@RequestParam(required = false) @Nullable Integer minSample,
			@RequestParam(defaultValue = "false") boolean enabled, ScopedPrincipal caller,
			RedirectAttributes redirect) {
		try {
			BigDecimal value;
			try {
				value = threshold == null || threshold.isBlank() ? null : new BigDecimal(threshold.strip());
			}
			catch (NumberFormatException e) {
				value = null;
			}
			board.setThreshold(code, value, minSample, enabled, caller);
			redirect.addFlashAttribute("done", code.name());
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", FlashMessage.of(violation));
		}
		return "redirect:/supervision/alerts/thresholds";
	}
}
