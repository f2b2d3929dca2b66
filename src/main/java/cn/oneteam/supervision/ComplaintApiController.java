package cn.oneteam.supervision;

import java.util.List;

import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.supervision.ComplaintInputs.BodyFigures;
import cn.oneteam.supervision.ComplaintInputs.Conclusion;
import cn.oneteam.supervision.ComplaintInputs.HotlineComplaint;
import cn.oneteam.supervision.ComplaintInputs.Reason;
import cn.oneteam.supervision.ComplaintInputs.Receipt;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Complaints about enforcement for the 12345 hotline and the supervising 司法局 (docs/adr/0033-enforcement-complaints.md). */
@RestController
@RequestMapping("/api/v1/supervision/complaints")
@Tag(name = "complaints 执法投诉举报", description = "Complaints about enforcement: 12345 orders in, and their handling "
		+ "by the supervising 司法局 (supervision:review) within its jurisdiction")
class ComplaintApiController {

	private final Complaints complaints;

	ComplaintApiController(Complaints complaints) {
		this.complaints = complaints;
	}

	@PostMapping
	@Operation(summary = "A complaint from a 12345 work order (event:receive): 201 with a tracking number; the same "
			+ "order number again answers 200 with the same receipt", description = "400 supervision.complaint-input, "
					+ "supervision.complaint-body-unknown, -case-unknown, -certificate-unknown, -inspection-unknown")
	ResponseEntity<Receipt> hotline(@RequestBody HotlineComplaint order, ScopedPrincipal caller) {
		Receipt receipt = complaints.fromHotline(order.orderNumber(), order.complaint(), caller);
		return ResponseEntity.status(receipt.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(receipt);
	}

	@GetMapping
	@Operation(summary = "Complaints about bodies within the caller's jurisdiction, newest first, with due dates and "
			+ "overdue state; the complainant masked")
	List<Complaint> list(ScopedPrincipal caller) {
		return complaints.list(caller);
	}

	@GetMapping("/figures")
	@Operation(summary = "Per body within the caller's jurisdiction: complaints received in the year, substantiated, "
			+ "partly substantiated, overdue")
	List<BodyFigures> figures(@RequestParam int year, ScopedPrincipal caller) {
		return complaints.figures(year, caller);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One complaint; 404 outside the caller's jurisdiction")
	Complaint complaint(@PathVariable long id, ScopedPrincipal caller) {
		return complaints.complaint(id, caller);
	}

	@PostMapping("/{id}/accept")
	@Operation(summary = "Accept a received complaint; 409 supervision.complaint-out-of-order otherwise")
	Complaint accept(@PathVariable long id, ScopedPrincipal caller) {
		return complaints.accept(id, caller);
	}

	@PostMapping("/{id}/refuse")
	@Operation(summary = "Refuse a received complaint with a reason")
	Complaint refuse(@PathVariable long id, @RequestBody Reason reason, ScopedPrincipal caller) {
		return complaints.refuse(id, reason.reason(), caller);
	}

	@PostMapping("/{id}/extend")
	@Operation(summary = "Extend the conclusion period of an accepted complaint once, with a reason; 409 "
			+ "supervision.complaint-extended-once the second time")
	Complaint extend(@PathVariable long id, @RequestBody Reason reason, ScopedPrincipal caller) {
		return complaints.extend(id, reason.reason(), caller);
	}

	@PostMapping("/{id}/conclude")
	@Operation(summary = "Conclude an accepted complaint with a finding and the answer to the complainant")
	Complaint conclude(@PathVariable long id, @RequestBody Conclusion conclusion, ScopedPrincipal caller) {
		return complaints.conclude(id, conclusion.finding(), conclusion.answer(), caller);
	}
}
