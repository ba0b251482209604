package org.trustbricks.web.manager;

/** Thrown when MUD files or a site file were read but could not be used; answered as a 422 with the findings. */
final class RejectedInputException extends RuntimeException {

    private final transient ManagerApi.FindingsProblem problem;

    private RejectedInputException(ManagerApi.FindingsProblem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    static RejectedInputException of(ManagerApi.FindingsProblem problem) {
        return new RejectedInputException(problem);
    }

    ManagerApi.FindingsProblem problem() {
        return problem;
    }
}
