ValueSet: DetectionResultVS
Id: detection-result-vs
Title: "Detection Result"
Description: "Coded result for a test that found nothing above its limit of detection (MRD negativity, a negative molecular screen)."
* insert ArtifactMetadata
* insert SnomedCopyright
* $sct#260415000 "Not detected (qualifier value)"
