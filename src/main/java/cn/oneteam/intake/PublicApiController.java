package cn.oneteam.intake;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public's reporting and tracking API: no account; reports, and lookups by tracking number, are rate-limited per
 * client address, each in a bucket of its own (429 when exceeded); tracking shows the masked public view only.
 */
@RestController
@RequestMapping("/api/v1/public/events")
@Tag(name = "public reports 公众诉求", description = "Report without an account (rate-limited), follow by tracking number, rate")
class PublicApiController {

	private final EventIntake intake;

	private final PublicFollowUp followUp;

	private final PublicRateLimit rateLimit;

	PublicApiController(EventIntake intake, PublicFollowUp followUp, PublicRateLimit rateLimit) {
		this.intake = intake;
		this.followUp = followUp;
		this.rateLimit = rateLimit;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Report a problem (contact optional); answers the tracking number")
	Receipt report(@Valid @RequestBody NewEvent event, HttpServletRequest request) {
		rateLimit.take(request.getRemoteAddr());
		return intake.receive(event, EventChannel.PUBLIC_PORTAL, null, List.of(), 0, null);
	}

	@GetMapping("/{trackingNumber}")
	@Operation(summary = "Follow an event by its tracking number (nothing personal is shown; lookups are rate-limited)")
	PublicEvent track(@PathVariable String trackingNumber, HttpServletRequest request) {
		rateLimit.lookup(request.getRemoteAddr());
		return followUp.track(trackingNumber);
	}

	record Rating(@NotNull Satisfaction satisfaction) {
	}

	@PostMapping("/{trackingNumber}/rating")
	@Operation(summary = "Rate the reply once: SATISFIED, BASICALLY_SATISFIED or DISSATISFIED")
	PublicEvent rate(@PathVariable String trackingNumber, @Valid @RequestBody Rating rating,
			HttpServletRequest request) {
		rateLimit.lookup(request.getRemoteAddr());
		return followUp.rate(trackingNumber, rating.satisfaction());
	}

	record NotFixed(@Nullable @Size(max = 1000) String comment) {
	}

	@PostMapping("/{trackingNumber}/not-fixed")
	@Operation(summary = "Say the problem is not fixed: the same unit has the event again")
	PublicEvent notFixed(@PathVariable String trackingNumber, @Valid @RequestBody NotFixed input,
			HttpServletRequest request) {
		rateLimit.lookup(request.getRemoteAddr());
		return followUp.notFixed(trackingNumber, input.comment() == null ? "" : input.comment());
	}
}
