"""Parts of the Packages page (issue 6): receiving a package (verify, preview, import), sending one,
USB sync, trust (identity card, trusted offices), conflicts, duplicate candidates, package log."""
