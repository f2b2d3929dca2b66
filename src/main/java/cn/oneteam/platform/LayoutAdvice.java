package cn.oneteam.platform;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Gives every page the links that switch its language while keeping the page and its query. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

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
