package th.go.ita.measuretracker.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;

/**
 * A deployment of a one-event process to Camunda's REST API, posted as multipart/form-data: what an HTML form can
 * post too. The tests that check who may deploy send it and count deployments.
 */
public final class TinyDeployment {

	private TinyDeployment() {
	}

	/** @param name letters only: the deployment's name, and the process's id and file name derive from it */
	public static HttpRequest.Builder post(URI uri, String name) {
		String boundary = name + "-boundary";
		String bpmn = """
				<?xml version="1.0" encoding="UTF-8"?>
				<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s" targetNamespace="test">
				  <bpmn:process id="%1$sProcess" isExecutable="true" camunda:historyTimeToLive="1">
				    <bpmn:startEvent id="StartEvent_%1$s" />
				  </bpmn:process>
				</bpmn:definitions>
				""".formatted(name);
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + name + ".bpmn\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
		return HttpRequest.newBuilder(uri)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8));
	}
}
