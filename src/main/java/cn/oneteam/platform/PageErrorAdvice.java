package cn.oneteam.platform;

import cn.oneteam.shared.RuleViolation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/** A page whose request breaks a rule shows the localised reason on the error page with the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorAdvice {

	@ExceptionHandler
	ModelAndView ruleViolation(RuleViolation violation) {
		return page(HttpStatus.valueOf(violation.status()), FlashMessage.of(violation));
	}

	@ExceptionHandler
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException e) {
		return Problems.violationBehind(e)
			.map(this::ruleViolation)
			.orElseGet(() -> page(HttpStatus.BAD_REQUEST, new FlashMessage("request.parameter-malformed",
					new String[] { e.getName(), String.valueOf(e.getValue()) })));
	}

	/** As for the API (docs/adr/0012-bad-input.md): a value the database refused as data is the request's fault. */
	@ExceptionHandler
	ModelAndView refusedByDatabase(DataAccessException e) throws DataAccessException {
		if (!Problems.isDataException(e)) {
			throw e;
		}
		return page(HttpStatus.BAD_REQUEST, new FlashMessage("request.value-refused", new String[0]));
	}

	@ExceptionHandler
	ModelAndView multipart(MultipartException e) {
		return page(HttpStatus.BAD_REQUEST, new FlashMessage("request.body-malformed", new String[0]));
	}

	private static ModelAndView page(HttpStatus status, FlashMessage message) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("problem", message);
		return page;
	}
}
