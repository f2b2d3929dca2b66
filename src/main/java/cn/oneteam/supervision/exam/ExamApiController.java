package cn.oneteam.supervision.exam;

import java.util.List;

import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.supervision.exam.ExamViews.Candidate;
import cn.oneteam.supervision.exam.ExamViews.NewSession;
import cn.oneteam.supervision.exam.ExamViews.Registration;
import cn.oneteam.supervision.exam.ExamViews.Scores;
import cn.oneteam.supervision.exam.ExamViews.Session;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Certificate exam sessions organised by the 司法局 (docs/adr/0038-external-supervisors-and-exams.md). */
@RestController
@RequestMapping("/api/v1/supervision/exams")
@Tag(name = "exams 执法资格考试", description = "Certificate exam sessions organised by the 司法局 (supervision:review): "
		+ "registration of staff on the establishment and in post, scores of 通用法律知识 and 专门法律知识, the pass list; "
		+ "publication writes each result into the person's exam record")
class ExamApiController {

	private final ExamSessions exams;

	ExamApiController(ExamSessions exams) {
		this.exams = exams;
	}

	@GetMapping
	@Operation(summary = "Sessions organised within the caller's jurisdiction, newest first")
	List<Session> sessions(ScopedPrincipal caller) {
		return exams.sessions(caller);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a session organised by the caller's body: 201", description = "400 supervision.exam-input "
			+ "(name, heldOn, domain, passMark in (0, 100])")
	Session create(@RequestBody NewSession session, ScopedPrincipal caller) {
		return exams.create(session, caller);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One session; 404 supervision.exam-unknown outside the caller's jurisdiction")
	Session session(@PathVariable long id, ScopedPrincipal caller) {
		return exams.session(id, caller);
	}

	@GetMapping("/{id}/candidates")
	@Operation(summary = "The session's candidates with their scores")
	List<Candidate> candidates(@PathVariable long id, ScopedPrincipal caller) {
		return exams.candidates(id, caller);
	}

	@PostMapping("/{id}/candidates")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a person: 201", description = "404 supervision.exam-person-unknown outside the "
			+ "jurisdiction; 422 supervision.exam-not-establishment, -service-post, -not-in-post; 409 "
			+ "supervision.exam-registered, supervision.exam-published")
	Candidate register(@PathVariable long id, @RequestBody Registration registration, ScopedPrincipal caller) {
		return exams.register(id, registration.personId(), caller);
	}

	@PutMapping("/{id}/candidates/{candidateId}/scores")
	@Operation(summary = "Enter or correct a candidate's scores (0–100, one decimal); passed when both reach the pass "
			+ "mark", description = "400 supervision.exam-score-range; 409 supervision.exam-not-held, "
					+ "supervision.exam-published")
	Candidate score(@PathVariable long id, @PathVariable long candidateId, @RequestBody Scores scores,
			ScopedPrincipal caller) {
		return exams.score(id, candidateId, scores.general(), scores.special(), caller);
	}

	@PostMapping("/{id}/publish")
	@Operation(summary = "Publish the pass list and write every result into the persons' exam records", description = "409 "
			+ "supervision.exam-unscored while a candidate has no scores, supervision.exam-published the second time")
	Session publish(@PathVariable long id, ScopedPrincipal caller) {
		return exams.publish(id, caller);
	}
}
