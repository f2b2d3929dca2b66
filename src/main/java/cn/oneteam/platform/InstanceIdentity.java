package cn.oneteam.platform;

import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * This running instance's identity, new at every start, and the pool's connections marked with it: each sets
 * {@code oneteam.instance} when it opens, so that a publication of the outbox written on it records the instance that
 * will hand it to its listeners ({@code event_publication.instance_id}, Flyway V0151;
 * docs/adr/0055-several-instances.md). Set before the pool opens its first connection.
 */
@Component
public class InstanceIdentity implements BeanPostProcessor {

	private final UUID id = UUID.randomUUID();

	public UUID id() {
		return id;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool) {
			String mark = "set oneteam.instance = '" + id + "'";
			String before = pool.getConnectionInitSql();
			pool.setConnectionInitSql(before == null || before.isBlank() ? mark : before + "; " + mark);
		}
		return bean;
	}
}
