package io.contractkit.starrocks.runtime;

import io.contractkit.starrocks.model.ContractModel;
import io.contractkit.starrocks.model.Route;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The operations' routes (method, path template, operation id): all an HTTP server needs to start.
 *
 * <p>Why: parsing the document takes a few hundred milliseconds at start-up. For the bundled
 * contract the model gives the routes without parsing ({@link ContractModel#bundledRoutes()}), so
 * that the HTTP server starts while the document is still being parsed on another thread; any other
 * source (or a bundled document with something unexpected in its paths) is parsed first.
 */
public final class ContractRoutes {

  private static final Supplier<ContractRuntime> BUNDLED =
      new Supplier<>() {
        @Override
        public ContractRuntime get() {
          return ContractRuntime.bundled();
        }

        @Override
        public String toString() {
          return "the contract in the api jar";
        }
      };

  private ContractRoutes() {}

  /** The source of the bundled contract, whose routes can be had without parsing it. */
  public static Supplier<ContractRuntime> bundledSource() {
    return BUNDLED;
  }

  /** The routes of a contract source, without parsing the document where it is the bundled one. */
  public static List<Route> of(Supplier<ContractRuntime> source) {
    if (source == BUNDLED) {
      Optional<List<Route>> routes = ContractModel.bundledRoutes();
      if (routes.isPresent()) {
        return routes.get();
      }
    }
    return of(source.get());
  }

  /** The routes of a prepared contract. */
  public static List<Route> of(ContractRuntime contract) {
    return contract.model().routes();
  }
}
