package cn.oneteam.supervision;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** 执法监督: the supervisor's starting page, one entry per part of supervision the viewer may use. */
@Controller
class SupervisionPageController {

	@GetMapping("/supervision")
	@PreAuthorize("hasAnyAuthority('supervision:review', 'supervision:read')")
	String hub() {
		return "supervision/index";
	}
}
