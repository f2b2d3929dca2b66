package cn.oneteam.supervision.alert;

import java.util.List;

import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.supervision.alert.AlertViews.ActionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The supervisor's questions to a body, read and answered by its staff (docs/adr/0036-supervisors-alert-board.md). */
@RestController
@RequestMapping("/api/v1/supervision/questions")
@Tag(name = "questions 询问", description = "The supervising 司法局's questions on alerts put to the caller's body "
		+ "(case:handle or case:approve of that body): read them, answer each once")
class QuestionApiController {

	private final AlertQuestions questions;

	QuestionApiController(AlertQuestions questions) {
		this.questions = questions;
	}

	record AnswerInput(@Nullable String text) {
	}

	@GetMapping
	@Operation(summary = "The questions put to the caller's body, the latest first, with their answers")
	List<ActionView> list(ScopedPrincipal caller) {
		return questions.questions(caller);
	}

	@PostMapping("/{id}/answer")
	@Operation(summary = "Answer a question put to the caller's body, once", description = "404 "
			+ "supervision.question-unknown (none, or another body's), 409 supervision.question-answered, 400 "
			+ "supervision.alert-input (text empty or over 2000 characters)")
	ActionView answer(@PathVariable long id, @RequestBody AnswerInput input, ScopedPrincipal caller) {
		return questions.answer(id, input.text(), caller);
	}
}
