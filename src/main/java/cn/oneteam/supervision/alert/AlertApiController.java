package cn.oneteam.supervision.alert;

import java.util.List;

import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.supervision.alert.AlertViews.ActionInput;
import cn.oneteam.supervision.alert.AlertViews.ActionView;
import cn.oneteam.supervision.alert.AlertViews.Board;
import cn.oneteam.supervision.alert.AlertViews.DrillDown;
import cn.oneteam.supervision.alert.AlertViews.Threshold;
import cn.oneteam.supervision.alert.AlertViews.ThresholdChange;
import cn.oneteam.supervision.alert.AlertViews.ThresholdInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The supervisor's alert board (docs/adr/0036-supervisors-alert-board.md). */
@RestController
@RequestMapping("/api/v1/supervision/alerts")
@Tag(name = "alerts 预警", description = "The supervising 司法局's alert board (supervision:review): overdue periods and "
		+ "irregularity patterns with thresholds kept as data, across the enforcement bodies of its jurisdiction")
class AlertApiController {

	private final AlertBoard board;

	AlertApiController(AlertBoard board) {
		this.board = board;
	}

	@GetMapping
	@Operation(summary = "Every alert standing now: overdue case periods, whistles and complaints per body, then each "
			+ "enabled irregularity whose figure (per cent, count or returns) is at or above its threshold on at least "
			+ "its smallest sample; each with its drill-down and rectification links; millis is the time taken")
	Board board(ScopedPrincipal caller) {
		return board.board(caller);
	}

	@GetMapping("/{pattern}/{bodyId}")
	@Operation(summary = "The records behind one body's alert (cases, events, visits, whistles or complaints, each "
			+ "with the link to its page), the alert when it stands now, and the questions and notes recorded; for "
			+ "OFFICER_PAIR the key names the pair", description = "404 supervision.alert-body-unknown for a body "
					+ "outside the caller's jurisdiction")
	DrillDown drillDown(@PathVariable AlertPattern pattern, @PathVariable long bodyId,
			@RequestParam(required = false) @Nullable String key, ScopedPrincipal caller) {
		return board.drillDown(pattern, bodyId, key, caller);
	}

	@GetMapping("/thresholds")
	@Operation(summary = "Each irregularity's threshold, smallest sample and switch, with the range it may be set in")
	List<Threshold> thresholds(ScopedPrincipal caller) {
		return board.thresholds(caller);
	}

	@GetMapping("/thresholds/changes")
	@Operation(summary = "The latest 100 changes of thresholds: before, after, who and when")
	List<ThresholdChange> changes(ScopedPrincipal caller) {
		return board.thresholdChanges(caller);
	}

	@PutMapping("/thresholds/{code}")
	@Operation(summary = "Set a pattern's threshold, smallest sample and switch; the change is kept", description =
			"400 supervision.alert-threshold-range (a share 1–100 per cent, a count 1–1000 whole, returns 2–100 "
					+ "whole), supervision.alert-sample-range (0–10000), supervision.alert-input; nothing changes")
	Threshold setThreshold(@PathVariable AlertPattern code, @RequestBody ThresholdInput input, ScopedPrincipal caller) {
		return board.setThreshold(code, input.threshold(), input.minSample(), input.enabled(), caller);
	}

	@PostMapping("/actions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ask the body a question about an alert (ASK) or note it (NOTE), recorded with who and when",
			description = "400 supervision.alert-input; 404 supervision.alert-body-unknown outside the jurisdiction")
	ActionView act(@RequestBody ActionInput input, ScopedPrincipal caller) {
		return board.act(input.pattern(), input.bodyId(), input.key(), input.kind(), input.text(), caller);
	}
}
