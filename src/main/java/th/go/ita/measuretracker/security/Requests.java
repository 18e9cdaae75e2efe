package th.go.ita.measuretracker.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.util.WebUtils;

/** What kind of request this is, as the security rules need to know it. Paths are decoded, as servlets see them. */
final class Requests {

	/**
	 * Camunda's jobs and job definitions, through the REST API (default engine or by name) and through the webapps'
	 * copy of it; "rest" is what follows the resource name.
	 */
	private static final String ENGINE_API = "(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)";

	private static final Pattern JOB_RESOURCE = Pattern.compile(ENGINE_API + "/(?:job|job-definition)(?<rest>/.*)?");

	/**
	 * Camunda REST resources our roles never need and that would get round our rules: a password check
	 * (identity/verify, unthrottled), users editing their own profile (the address reminders go to) or deleting
	 * themselves (Camunda grants every user ALL on their own user), conditional starts (no model has one). With or
	 * without a trailing slash, through the REST API or the webapps' copy of it.
	 */
	private static final Pattern CLOSED_TO_PEOPLE = Pattern.compile(ENGINE_API + "/(?:identity/verify|condition"
			+ "|user/[^/]+/profile|user/[^/]+(?=/?$))/?");

	private Requests() {
	}

	/** A request that only an admin may make (identity/verify: nobody, see {@link #isPasswordCheck}). */
	static boolean isClosedToPeople(HttpServletRequest request) {
		return !isSafe(request) && CLOSED_TO_PEOPLE.matcher(path(request)).matches();
	}

	/** Camunda's own password check: never, not even for admins; our login (throttled) is the only door. */
	static boolean isPasswordCheck(HttpServletRequest request) {
		return path(request).matches(ENGINE_API + "/identity/verify/?")
				|| path(request).matches("/camunda/api/admin/auth/user/[^/]+/login(?:/.*)?");
	}

	static boolean isSafe(HttpServletRequest request) {
		String method = request.getMethod();
		return HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method) || HttpMethod.OPTIONS.matches(method)
				|| HttpMethod.TRACE.matches(method);
	}

	/** Our REST API, Camunda's, and the actuator: machines read their answers, so they get JSON, not pages. */
	static boolean isApi(HttpServletRequest request) {
		String path = path(request);
		return path.startsWith("/engine-rest/") || path.equals("/engine-rest") || path.startsWith("/api/")
				|| path.startsWith("/actuator/");
	}

	/** Tasklist, Cockpit, Admin and their API: Camunda guards them with its own CSRF filter and security headers. */
	static boolean isCamundaWebapp(HttpServletRequest request) {
		return path(request).startsWith("/camunda/");
	}

	static boolean isSwaggerUi(HttpServletRequest request) {
		return path(request).startsWith("/swagger-ui/");
	}

	/**
	 * A script's call: it brings its own credentials, no session cookie, and comes from no other site. A browser that
	 * once answered a Basic dialog also sends credentials by itself, but then either with its session cookie or, in a
	 * form another site makes it post, with that site as its origin.
	 */
	static boolean isScriptCall(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.AUTHORIZATION) != null && request.getRequestedSessionId() == null
				&& !isCrossSite(request);
	}

	/**
	 * Browsers say where a request comes from: Sec-Fetch-Site (all current browsers), Origin (on every cross-origin
	 * POST). Scripts send neither, so a request without them is taken to be our own.
	 */
	static boolean isCrossSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null && !site.equals("same-origin") && !site.equals("none")) {
			return true;
		}
		return request.getHeader(HttpHeaders.ORIGIN) != null && !WebUtils.isSameOrigin(new ServletServerHttpRequest(request));
	}

	/**
	 * Anything but a read of Camunda's jobs or job definitions. POST to the collection or its count is a query with
	 * its filter in the body, a read.
	 */
	static boolean changesAJob(HttpServletRequest request) {
		Matcher job = JOB_RESOURCE.matcher(path(request));
		if (isSafe(request) || !job.matches()) {
			return false;
		}
		String rest = job.group("rest");
		boolean query = HttpMethod.POST.matches(request.getMethod())
				&& (rest == null || rest.equals("/") || rest.equals("/count"));
		return !query;
	}

	private static String path(HttpServletRequest request) {
		return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
	}
}
