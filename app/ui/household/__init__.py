"""The household page: who lives here (people, their medicines, pets) and the house itself
(address, heating, regional broadcaster, where the water, gas and power are shut off).
Everything the kit and the plan are sized from."""
