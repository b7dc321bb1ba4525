Profile: TreatmentProtocol
Parent: CarePlan
Id: treatment-protocol
Title: "Treatment Protocol"
Description: "A named chemotherapy protocol the patient was treated on, such as ALL-MB 2015 for first-line therapy or ALL-REZ-BFM 2002 for relapse, with the period of treatment and the leukaemia it addresses. The drugs given are recorded as Cancer Medication Administrations."
* insert ProfileMetadata
* extension contains TreatmentIntent named treatmentIntent 0..1 MS
* status MS
* intent = #plan
* intent MS
* category MS
* category ^slicing.discriminator.type = #pattern
* category ^slicing.discriminator.path = "$this"
* category ^slicing.rules = #open
* category contains regimen 1..1 MS
* category[regimen] = $sct#716872004 "antineoplastic chemotherapy regimen"
* title 1..1 MS
* title ^short = "Protocol name as used by the treating centre (e.g. ALL-MB 2015)"
* description MS
* subject MS
* subject only Reference(Patient)
* period MS
* period ^short = "Start and end of treatment on the protocol"
* addresses 1..* MS
* addresses only Reference(Condition)
* note MS
