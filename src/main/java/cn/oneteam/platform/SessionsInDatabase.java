package cn.oneteam.platform;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Sessions in PostgreSQL (the tables of V0146) when {@code oneteam.sessions.in-database} is on, so that any of several
 * instances behind the load balancer serves any request; expired sessions deleted every minute by every instance (an
 * idempotent delete). Off — one instance — the servlet container keeps them in memory as before
 * (docs/adr/0055-several-instances.md). Same timeout either way: {@code server.servlet.session.timeout}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("oneteam.sessions.in-database")
@EnableJdbcHttpSession(cleanupCron = "0 * * * * *")
class SessionsInDatabase {

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTimeout(
			@Value("${server.servlet.session.timeout}") Duration timeout) {
		return repository -> repository.setDefaultMaxInactiveInterval(timeout);
	}
}
