ValueSet: CancerDrugAtcVS
Id: cancer-drug-atc-vs
Title: "Cancer and Transplant Drugs (ATC)"
Description: """
WHO ATC codes of the drugs this guide covers for B-ALL and its transplant or cellular therapy (the same
scope as the RxNorm value set). Tacrolimus is the systemic code L04AD02, never the topical D11AH01;
ruxolitinib is L01EJ01, never the topical D11AH09. Alemtuzumab is listed under its code before (L04AA34)
and after (L04AG06) the 2024 ATC revision; methotrexate under L01BA01 (antineoplastic) and L04AX03
(immunosuppressant, e.g. GvHD prophylaxis). Tisagenlecleucel is L01XL04 (L01XL03 is axicabtagene
ciloleucel).
"""
* insert ArtifactMetadata
* ^copyright = "ATC codes are maintained by the WHO Collaborating Centre for Drug Statistics Methodology; reuse of the ATC index is subject to WHOCC terms."
* $atc#L01FX07 "blinatumomab"
* $atc#L01FB01 "inotuzumab ozogamicin"
* $atc#L01AA01 "cyclophosphamide"
* $atc#L01BB05 "fludarabine"
* $atc#L01AB02 "treosulfan"
* $atc#L01AC01 "thiotepa"
* $atc#L01AB01 "busulfan"
* $atc#L04AD02 "tacrolimus"
* $atc#L04AA06 "mycophenolic acid"
* $atc#L01EA01 "imatinib"
* $atc#L01EA02 "dasatinib"
* $atc#L01EA03 "nilotinib"
* $atc#L01EA05 "ponatinib"
* $atc#L01XX02 "asparaginase"
* $atc#L01XX24 "pegaspargase"
* $atc#L01CA02 "vincristine"
* $atc#L01DB02 "daunorubicin"
* $atc#L01BB02 "mercaptopurine"
* $atc#L01BC01 "cytarabine"
* $atc#L01BA01 "methotrexate"
* $atc#L04AX03 "methotrexate"
* $atc#L01AA03 "melphalan"
* $atc#L01CB01 "etoposide"
* $atc#L01AA09 "bendamustine"
* $atc#L04AD01 "ciclosporin"
* $atc#L04AA10 "sirolimus"
* $atc#L04AA04 "antithymocyte immunoglobulin (rabbit)"
* $atc#L04AA34 "alemtuzumab"
* $atc#L04AG06 "alemtuzumab"
* $atc#L04AA24 "abatacept"
* $atc#L04AC07 "tocilizumab"
* $atc#L01EJ01 "ruxolitinib"
* $atc#L01FA01 "rituximab"
* $atc#L01XL04 "tisagenlecleucel"
