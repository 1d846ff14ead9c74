package org.tandem.mentoring.service.orgchart;

/** The signed-in person may not import the org chart (a REST resource answers 403). */
public class OrgChartImportNotAllowedException extends RuntimeException {

    public OrgChartImportNotAllowedException() {
        super("only Confluence administrators and programme coordinators may import the org chart");
    }
}
