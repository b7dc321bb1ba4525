package org.hsctdata.fhir.validation;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;

/** The validation issues our own rules add beside HAPI's validator: one way to make one. */
final class ValidationIssue {

	private ValidationIssue() {}

	/** An issue of this severity at this FHIRPath location (or {@code (file)}), with its message. */
	static SingleValidationMessage of(ResultSeverityEnum severity, String location, String message) {
		SingleValidationMessage issue = new SingleValidationMessage();
		issue.setSeverity(severity);
		issue.setLocationString(location);
		issue.setMessage(message);
		return issue;
	}

	/** The same, with the id of the rule that raised it. */
	static SingleValidationMessage of(ResultSeverityEnum severity, String location, String message, String messageId) {
		SingleValidationMessage issue = of(severity, location, message);
		issue.setMessageId(messageId);
		return issue;
	}
}
