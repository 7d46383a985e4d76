"""What a generation is, independent of Qt, HTTP and storage."""
