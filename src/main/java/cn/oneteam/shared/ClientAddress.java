package cn.oneteam.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.jspecify.annotations.Nullable;

/**
 * A client address as the key every per-client limit counts under (sign-in throttle, public report and lookup
 * buckets; docs/adr/0011-sign-in-protection.md).
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	/**
	 * The key of a client address: the address as the servlet container saw it (behind a reverse proxy, configure
	 * {@code server.forward-headers-strategy}); IPv6 by its /64 network, which one household or host holds whole.
	 */
	public static String key(@Nullable String remoteAddress) {
		if (remoteAddress == null || remoteAddress.isBlank()) {
			return "unknown";
		}
		String address = remoteAddress.trim();
		char first = address.charAt(0);
		if (address.indexOf(':') >= 0 && (Character.digit(first, 16) >= 0 || first == ':' || first == '[')) {
			try {
				InetAddress literal = InetAddress.getByName(address); // starts like a literal: never looked up by name
				byte[] bytes = literal.getAddress();
				if (bytes.length == 16) {
					StringBuilder network = new StringBuilder();
					for (int i = 0; i < 8; i += 2) {
						network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
					}
					return network.append(":/64").toString();
				}
				return literal.getHostAddress();
			}
			catch (UnknownHostException e) {
				// not a literal address: keep the text
			}
		}
		return address.length() > 64 ? address.substring(0, 64) : address;
	}
}
