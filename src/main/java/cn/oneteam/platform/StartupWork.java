package cn.oneteam.platform;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Start-up work that goes on after the application is ready (the demo data, loaded in the background): every page
 * says so while it lasts, since lists may still be filling (docs/adr/0057-the-scale-path.md, "Start-up").
 */
@Component
public class StartupWork {

	private final Set<String> going = ConcurrentHashMap.newKeySet();

	public void begin(String work) {
		going.add(work);
	}

	public void end(String work) {
		going.remove(work);
	}

	public boolean busy() {
		return !going.isEmpty();
	}
}
