package cn.oneteam.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Gives every page the links that switch its language while keeping the page and its query, and whether start-up work
 * still goes on in the background.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final StartupWork startupWork;

	LayoutAdvice(StartupWork startupWork) {
		this.startupWork = startupWork;
	}

	@ModelAttribute("startupWorkGoingOn")
	boolean startupWorkGoingOn() {
		return startupWork.busy();
	}

	@ModelAttribute("langZhUrl")
	String chineseUrl() {
		return languageUrl("zh-CN");
	}

	@ModelAttribute("langEnUrl")
	String englishUrl() {
		return languageUrl("en");
	}

	private static String languageUrl(String language) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("lang", language)
			.build()
			.toUriString()
			.replaceFirst("^[a-z]+://[^/]+", "");
	}
}
