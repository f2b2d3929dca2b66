package cn.oneteam.platform;

import java.time.Clock;

import cn.oneteam.shared.ChinaTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every module reads time from this clock, in the zone of the law it applies. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(ChinaTime.ZONE);
	}
}
