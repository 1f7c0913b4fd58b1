// The icons live in this library's resources; see CMakeLists.txt.
