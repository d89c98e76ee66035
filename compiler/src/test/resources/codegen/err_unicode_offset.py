é = 'é'; return é
