package cn.oneteam.supervision;

import java.util.List;

import cn.oneteam.supervision.ComplaintInputs.Body;
import cn.oneteam.supervision.ComplaintInputs.NewComplaint;
import cn.oneteam.supervision.ComplaintInputs.PublicView;
import cn.oneteam.supervision.ComplaintInputs.Receipt;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Complaints about enforcement without an account, rate-limited per client (docs/adr/0033-enforcement-complaints.md). */
@RestController
@RequestMapping("/api/v1/public/supervision")
@Tag(name = "public complaints 执法投诉", description = "Complain about an enforcement body without an account; "
		+ "follow it by its tracking number")
class PublicComplaintApiController {

	private final Complaints complaints;

	PublicComplaintApiController(Complaints complaints) {
		this.complaints = complaints;
	}

	@GetMapping("/bodies")
	@Operation(summary = "The enforcement bodies one may complain about")
	List<Body> bodies() {
		return complaints.bodies();
	}

	@PostMapping("/complaints")
	@Operation(summary = "Complain (201 with an unguessable tracking number)", description = "400 "
			+ "supervision.complaint-input and the -unknown codes; 429 supervision.complaint-rate-limited")
	ResponseEntity<Receipt> submit(@RequestBody NewComplaint complaint, HttpServletRequest request) {
		complaints.throttle(request.getRemoteAddr());
		return ResponseEntity.status(HttpStatus.CREATED).body(complaints.submit(complaint));
	}

	@GetMapping("/complaints/{trackingNumber}")
	@Operation(summary = "The state and the answer of a complaint — never the complainant", description = "404 "
			+ "supervision.complaint-unknown; 429 supervision.complaint-rate-limited")
	PublicView follow(@PathVariable String trackingNumber, HttpServletRequest request) {
		complaints.throttleFollow(request.getRemoteAddr());
		return complaints.follow(trackingNumber);
	}
}
