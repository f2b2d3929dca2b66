package cn.oneteam.supervision.alert;

import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page where a body's staff read and answer the supervisor's questions (docs/adr/0036-supervisors-alert-board.md). */
@Controller
class QuestionPageController {

	private final AlertQuestions questions;

	QuestionPageController(AlertQuestions questions) {
		this.questions = questions;
	}

	@GetMapping("/supervision/questions")
	String list(ScopedPrincipal caller, Model model) {
		model.addAttribute("questions", questions.questions(caller));
		return "supervision/questions";
	}

	@PostMapping("/supervision/questions/{id}/answer")
	String answer(@PathVariable long id, @RequestParam(required = false) @Nullable String text, ScopedPrincipal caller) {
		questions.answer(id, text, caller);
		return "redirect:/supervision/questions#question-" + id;
	}
}
