Profile: GvhdCondition
Parent: Condition
Id: gvhd-condition
Title: "Graft-versus-Host Disease"
Description: """
Acute or chronic graft-versus-host disease after one allogeneic transplant, with its overall severity
(e.g. mild chronic GvHD by NIH global severity) and links to the transplant that caused it and the
leukaemia. 'No acute GvHD occurred' is recorded as an acute GvHD Condition with verificationStatus
refuted; leave out the problem-list-item category there, so core rule con-3 does not ask for a
clinicalStatus.
"""
* insert ProfileMetadata
* insert PatientCondition
* extension contains
    $condition-dueTo named dueTo 1..1 MS and
    $condition-related named related 0..* MS
* extension[dueTo] ^short = "The transplant that caused it"
* extension[dueTo].value[x] only Reference(HsctProcedure)
* extension[related] ^short = "The leukaemia"
* extension[related].value[x] only Reference(BAllCondition)
* code 1..1 MS
* code from GvhdTypeVS (required)
* code ^short = "Acute | chronic graft-versus-host disease"
* severity MS
* severity ^short = "Overall severity: mild | moderate | severe"
* bodySite MS
* bodySite ^short = "Organs involved"
