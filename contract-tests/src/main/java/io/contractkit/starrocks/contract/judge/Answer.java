package io.contractkit.starrocks.contract.judge;

import java.util.Map;

/** What a server answered: status, headers (names in lower case) and the raw body. */
public record Answer(int status, Map<String, String> headers, String body) {}
