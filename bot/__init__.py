"""gorae (고래): say what you want done with your containers, in Korean, English or docker CLI."""

__version__ = "0.1.0"
