package cn.oneteam.supervision.exam;

import cn.oneteam.supervision.exam.ExamViews.PassList;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The published pass list of an exam session, for anyone, names masked (docs/adr/0038-external-supervisors-and-exams.md). */
@RestController
@RequestMapping("/api/v1/public/supervision/exams")
@Tag(name = "public exam pass lists 考试合格名单", description = "Pass lists of published certificate exam sessions, "
		+ "names masked (张某某)")
class PublicExamApiController {

	private final ExamSessions exams;

	PublicExamApiController(ExamSessions exams) {
		this.exams = exams;
	}

	@GetMapping("/{id}/passes")
	@Operation(summary = "The pass list of a published session; 404 supervision.exam-unknown before publication")
	PassList passes(@PathVariable long id) {
		return exams.passList(id);
	}
}
